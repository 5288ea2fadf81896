"""Live updates: a phone on the WebSocket hears every change without asking."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp

from .conftest import RunningRoom


async def _listen_until(url: str, token: str, done: Any, act: Any) -> list[dict[str, Any]]:
    """Collect the states pushed to ``token`` until ``done(state)``; ``act()`` after the first."""
    seen: list[dict[str, Any]] = []
    headers = {"Authorization": f"Bearer {token}"}
    async with aiohttp.ClientSession() as client, client.ws_connect(url, headers=headers) as ws:
        async with asyncio.timeout(20):
            async for message in ws:
                data = json.loads(message.data)
                assert data["type"] == "state"
                seen.append(data["state"])
                if len(seen) == 1:
                    await asyncio.get_running_loop().run_in_executor(None, act)
                if done(data["state"]):
                    break
    return seen


def test_a_revealed_note_reaches_the_other_phones_live(served: RunningRoom) -> None:
    """Bo listens; Anna writes and the facilitator reveals; Bo's page gets the note pushed."""
    anna, bo = served.joined("Anna"), served.joined("Bo")

    def act() -> None:
        anna.note("live idé")
        served.control(do="reveal")

    url = f"ws://127.0.0.1:{served.port}/api/live"
    seen = asyncio.run(
        _listen_until(url, bo.token, lambda s: [n["text"] for n in s["notes"]] == ["live idé"], act)
    )
    assert seen[0]["notes"] == []
    assert [n["text"] for n in seen[-1]["notes"]] == ["live idé"]


def test_a_removed_phone_is_told_and_its_token_dies(served: RunningRoom) -> None:
    """The facilitator removes a phone: its socket hears "removed" and its token gets 401."""
    bo = served.joined("Bo")
    messages: list[str] = []

    async def listen() -> None:
        headers = {"Authorization": f"Bearer {bo.token}"}
        url = f"ws://127.0.0.1:{served.port}/api/live"
        async with aiohttp.ClientSession() as client, client.ws_connect(url, headers=headers) as ws:
            async with asyncio.timeout(20):
                first = await ws.receive()
                messages.append(json.loads(first.data)["type"])
                await asyncio.get_running_loop().run_in_executor(
                    None, lambda: served.on_host(lambda: served.room.remove_phone(bo.token))
                )
                served.server.notify_changed()
                async for message in ws:
                    messages.append(json.loads(message.data)["type"])

    asyncio.run(listen())
    assert messages == ["state", "removed"]
    assert bo.request("GET", "/api/state").status == 401


def test_a_phone_whose_state_did_not_change_hears_nothing(served: RunningRoom) -> None:
    """Anna's private note is pushed to Anna, not to Bo; the reveal then reaches both."""
    anna, bo = served.joined("Anna"), served.joined("Bo")
    heard: dict[str, list[dict[str, Any]]] = {"Anna": [], "Bo": []}
    url = f"ws://127.0.0.1:{served.port}/api/live"

    async def listen(name: str, token: str, client: aiohttp.ClientSession) -> None:
        headers = {"Authorization": f"Bearer {token}"}
        async with client.ws_connect(url, headers=headers) as ws:
            async for message in ws:
                heard[name].append(json.loads(message.data)["state"])
                if heard[name][-1]["notes"]:  # the revealed note: done
                    return

    async def run() -> None:
        async with aiohttp.ClientSession() as client, asyncio.timeout(30):
            listeners = [
                asyncio.create_task(listen("Anna", anna.token, client)),
                asyncio.create_task(listen("Bo", bo.token, client)),
            ]
            while not (heard["Anna"] and heard["Bo"]):
                await asyncio.sleep(0.05)
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, lambda: anna.note("bara min"))
            while len(heard["Anna"]) < 2:  # Anna hears her own note
                await asyncio.sleep(0.05)
            await asyncio.sleep(1.0)  # four push intervals: Bo would have heard by now
            assert len(heard["Bo"]) == 1
            await loop.run_in_executor(None, lambda: served.control(do="reveal"))
            await asyncio.gather(*listeners)

    asyncio.run(run())
    assert [n["text"] for n in heard["Anna"][1]["my_notes"]] == ["bara min"]
    assert heard["Anna"][1]["notes"] == []
    assert [len(heard["Bo"]), [n["text"] for n in heard["Bo"][-1]["notes"]]] == [2, ["bara min"]]
    assert heard["Bo"][-1]["me"]["name"] == "Bo"
