"""The element-and-attribute skeleton of an HTML file, for the hostile-text checks
(tests/report/check_hostile_html.py, tests/reliability/check_hostile_outputs.py): two
documents made from the same model have the same skeleton unless text was injected as markup."""
from html.parser import HTMLParser


class Skeleton(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []  # (tag, sorted attribute names), '/tag' for an end tag
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(sorted(name for name, _ in attrs))))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.tags.append(('/' + tag, ()))

    def handle_data(self, data):
        self.text.append(data)


def skeleton(path):
    """Returns (the file's text, its Skeleton)."""
    text = open(path, encoding='utf-8').read()
    p = Skeleton()
    p.feed(text)
    p.close()
    return text, p
