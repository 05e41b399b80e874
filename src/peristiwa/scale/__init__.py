"""peristiwa.scale stage."""
