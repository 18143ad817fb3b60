"""The screener: trafficking-survivor criminal-record relief, screened against the law as data."""
