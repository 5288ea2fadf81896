"""The projector: the audience's view on a second screen, and the presenter's controls."""
