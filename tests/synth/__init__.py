"""Synthetic Amazon exports for tests, the demo and the benchmark (never real personal data).

``spec`` describes what an export contains, ``render`` turns datasets into bytes with the real quirks,
``layouts`` packs them into the three layout generations, ``audio`` speaks clips with espeak-ng/sox,
``demo`` is the invented 2018 case committed under ``resources/demo/``.
"""
