"""peristiwa.dedup stage."""
