"""Start-up: the `kiosk` command, the composition root that builds the services, settings, paths, theme."""
