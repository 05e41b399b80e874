"""peristiwa.store stage."""
