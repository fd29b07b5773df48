"""The Teams adapter: Teams activities in, the engine's answers out as Adaptive Cards.

`app.build_app(...)` wires the Microsoft 365 Agents SDK (CloudAdapter, AgentApplication) onto
aiohttp; `app.main(...)` runs it. Nothing here connects or starts threads at import.
"""
