"""Analysis: where and why a text reads machine-made, with a calibrated score."""
