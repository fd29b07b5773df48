"""The Slack adapter: Slack events, actions and commands in, the engine's answers out.

`app.build_app(...)` wires listeners onto a Bolt App; `app.main(...)` runs it (Socket Mode or HTTP).
Nothing here connects or starts threads at import.
"""
