fuzz:
	scripts/fuzz.sh $(FUZZTIME)
