def word_count(t):
    return len(t.split())
