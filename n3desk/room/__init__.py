"""The room: participants' phones over the local network (DESIGN.md §3, docs/room.md).

The package has no Qt: :mod:`n3desk.room.server` serves HTTP and WebSockets with
aiohttp on its own thread; :mod:`n3desk.room.room` turns each request into the same
list of operations a facilitator's edit would make and hands it to a
:class:`~n3desk.room.host.RoomHost`, which applies it where the session lives (the
app's document on the GUI thread, or :class:`~n3desk.room.headless.HeadlessDocument`
for ``n3desk room``).
"""
