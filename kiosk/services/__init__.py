"""What screens are handed through ScreenContext: content store, state, verdicts, search, speech, QR, sync."""
