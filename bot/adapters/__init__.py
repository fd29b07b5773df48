"""The chat adapters: `slack`, `teams` and `terminal`. Each translates its platform's events into
calls of the coordinator's use-cases (bot.coordinator.workflow) and draws what comes back
(Block Kit, Adaptive Cards, terminal lines). Adapters never import each other.
"""
