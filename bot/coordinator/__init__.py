"""The coordinator's side, with no chat platform in it: plain data in and out.

`workflow` holds the use-cases both adapters call (ask, escalate, relay the reply, review and
approve, resolve, remind, status, report); `approved` the approved-answer files; `reminders`,
`report`, `privacy`, `housekeeping` and `workhours` the rest of the coordinator's tools; `ports`
the seams the adapters depend on. It may import the engine and the store, never an adapter.
"""
