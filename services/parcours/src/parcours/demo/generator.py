async def run_when_ready(app):  # placeholder, replaced below
    return None
