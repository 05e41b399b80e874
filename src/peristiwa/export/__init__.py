"""peristiwa.export stage."""
