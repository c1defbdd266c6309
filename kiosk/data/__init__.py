"""The kiosk's content.db: its declared schema and the verified apply of a bundle."""
