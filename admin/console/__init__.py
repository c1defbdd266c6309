"""`kiosk-admin console`: the desk's local web console (see `admin.console.app`)."""
