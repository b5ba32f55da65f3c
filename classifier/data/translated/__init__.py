"""Training-only translations of hand-written training prompts (see generate.translations)."""
