"""Actors: recognise and resolve political actors against the knowledge base.

``link(article, analysis, ref_date=None)`` is the stage entry point; the KB is in
``peristiwa.actors.kb`` (``load_kb``)."""

from peristiwa.actors.link import link

__all__ = ["link"]
