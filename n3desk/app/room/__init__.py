"""The room in the app: the bridge to the GUI thread, the room panel and the join screen."""
