"""The answers: a target's status and each unit's own part (`status`), indicator figures over
the units that report them (`figures`), reporting periods of ongoing targets (`periods`), the
queries behind due/late/report/list (`queries`, whose `Tracker` holds a registry with its
progress), who to urge and for what (`reminders`, `letters`), and the committee's overview
(`summary`). Plain values in, plain values out: nothing here reads files or prints."""
