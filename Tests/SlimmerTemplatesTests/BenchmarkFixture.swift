import SlimmerTemplates

/// The benchmark's page: a 60-line page (a 40-line parent and a 20-line
/// child) with a 10-item list rendered through a partial, and its context.
enum BenchmarkFixture {
    static let base = """
        <!doctype html>
        <html lang="{{site.language}}">
        <head>
        <meta charset="utf-8">
        <title>{{$title}}{{page.title}}{{t.separator}}{{site.title}}{{/title}}</title>
        <meta name="description" content="{{#page.description}}{{page.description}}{{/page.description}}">
        <link rel="canonical" href="{{page.canonical}}">
        <meta property="og:title" content="{{page.title}}">
        <meta property="og:url" content="{{page.canonical}}">
        <link rel="stylesheet" href="{{assets.css}}">
        </head>
        <body class="page-{{page.kind}}">
        <a class="skip-link" href="#main">{{t.skip}}</a>
        <header class="site-header">
          <a class="brand" href="{{root}}">{{site.title}}</a>
          <span class="tagline">{{site.tagline}}</span>
          <nav aria-label="{{t.navigation}}">
            <ul>
              {{#menu}}
              <li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
              {{/menu}}
            </ul>
          </nav>
        </header>
        <main id="main">
        {{$main}}{{/main}}
        </main>
        <footer>
          <p>{{site.title}} · {{site.tagline}} · {{t.footer}}</p>
          <nav class="footer-nav">
            <a href="{{sections.doetanks.url}}">{{sections.doetanks.label}}</a>
            <a href="{{sections.cases.url}}">{{sections.cases.label}}</a>
            <a href="{{sections.events.url}}">{{sections.events.label}}</a>
            <a href="{{sections.outcomes.url}}">{{sections.outcomes.label}}</a>
          </nav>
          <p class="colophon">{{t.madeBy}} {{site.title}}, {{site.year}}</p>
          <p class="contact">{{t.contact}}: <a href="mailto:{{site.email}}">{{site.email}}</a></p>
        </footer>
        </body>
        </html>

        """

    static let page = """
        {{<base}}
        {{$main}}
        <article class="item">
          <h1>{{item.title}}</h1>
          <p class="lead">{{item.summary}}</p>
          <p class="meta">{{item.kindLabel}} · {{item.date.display}} · {{t.by}} {{item.author}}</p>
          <div class="prose">{{{item.html}}}</div>
          {{#item.hasCards}}
          <ul class="cards">
            {{#item.cards}}
            <li>{{>card}}</li>
            {{/item.cards}}
          </ul>
          {{/item.hasCards}}
          {{^item.hasCards}}<p>{{t.none}}</p>{{/item.hasCards}}
          <p class="tags">{{#item.tags}}<span>{{.}}</span> {{/item.tags}}</p>
          <footer class="item-footer">{{t.updated}} {{item.updated.display}}</footer>
        </article>
        {{/main}}
        {{/base}}

        """

    static let card = """
        <a href="{{url}}" class="card card--{{kind}}{{#example}} card--example{{/example}}">
          <span>{{kindLabel}}</span> <strong>{{title}}</strong> <time datetime="{{date.iso}}">{{date.display}}</time>
          {{#themes}}{{#first()}}<ul>{{/first()}}<li>{{label}}</li>{{#last()}}</ul>{{/last()}}{{/themes}}
        </a>
        """

    static var context: TemplateValue {
        let cards: [TemplateValue] = (0..<10).map { index in
            [
                "url": .string("/items/\(index)/"), "kind": "case", "example": .bool(index % 3 == 0),
                "kindLabel": "Casus", "title": .string("Item \(index) & more"),
                "date": ["iso": "2026-03-12", "display": "12 maart 2026"], "themes": [["label": "Data"]],
            ]
        }
        return [
            "site": [
                "language": "nl", "title": "Slimmer", "tagline": "Samen slimmer", "year": 2026,
                "email": "redactie@example.org",
            ],
            "sections": .object(
                TemplateObject(
                    Dictionary(
                        uniqueKeysWithValues: ["doetanks", "cases", "events", "outcomes"].map {
                            ($0, ["url": .string("/\($0)/"), "label": .string($0.capitalized)] as TemplateValue)
                        }))),
            "t": [
                "separator": " – ", "skip": "Naar de inhoud", "navigation": "Menu", "footer": "Colofon", "by": "door",
                "none": "Geen items", "madeBy": "Gemaakt door", "contact": "Contact",
                "updated": "Bijgewerkt",
            ],
            "page": ["title": "Een pagina", "description": "Over <dit>", "canonical": "https://x/p/", "kind": "case"],
            "assets": ["css": "/css/style.css"], "root": "/",
            "menu": .list(
                (0..<5).map {
                    ["url": .string("/s\($0)/"), "label": .string("Sectie \($0)"), "current": .bool($0 == 2)]
                }),
            "item": [
                "title": "Schuldhulp in beeld", "summary": "Werkt het?", "kindLabel": "Casus", "author": "Anna",
                "date": ["display": "1 februari 2026"], "html": "<p>Tekst</p>", "hasCards": true,
                "tags": ["data", "zorg"], "updated": ["display": "3 maart 2026"], "cards": .list(cards),
            ],
        ]
    }
}
