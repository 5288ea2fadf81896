"""The stakeholder map with the citizen at the centre."""
