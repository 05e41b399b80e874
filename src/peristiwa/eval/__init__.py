"""peristiwa.eval stage."""
