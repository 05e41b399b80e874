"""peristiwa.web stage."""
