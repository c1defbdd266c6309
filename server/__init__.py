"""kiosk-server: the signed repository as static files, what kiosks send, the operators' API."""
