"""kiosk-admin: the desk's tool: keys, repository init, publish, urgent alerts, enrolment, fleet."""
