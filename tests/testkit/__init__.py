"""Tools for tests and benchmarks of the sync layer: a real server on a free port, a fault-injecting
counting proxy, and a throw-away deployment. Nothing in the kiosk or the server imports this package."""
