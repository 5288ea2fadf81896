"""The agenda, the stage timer strip, method cards and templates."""
