import Foundation
import SlimmerContent
import SlimmerRender

extension SiteSession {
    /// Rebuilds after the files at `paths` changed (relative to the site's
    /// root; `""` means anything may have changed). The result equals a full
    /// build of the site as it now is.
    public mutating func rebuild(_ paths: [String]) -> RebuildSummary {
        let clock = ContinuousClock()
        let start = clock.now
        let kind = paths.map { ChangeKind(path: $0, theme: config?.theme ?? "") }.max() ?? .none
        let bodiesBefore = bodyRenders
        var run = BuildRun(strict: options.strict)
        switch kind {
        case .none: break
        case .everything: run = BuildRun(timings: build(into: nil).timings)
        case .staticFile, .content:
            guard let config, theme != nil else {
                run = BuildRun(timings: build(into: nil).timings)
                break
            }
            let contentPaths = paths.filter { $0.hasPrefix(ContentLoader.contentFolder + "/") }
            var bodyOnly: Set<String>?
            if !contentPaths.isEmpty {
                run.check("content") { updateContent(contentPaths, config, bodyOnly: &bodyOnly) }
            }
            if paths.contains(where: { ChangeKind(path: $0, theme: config.theme) == .staticFile }) {
                run.check("static") { loadStatic(config, changed: Set(paths)) }
            }
            // A body-only edit, with nothing pending from a failed rebuild, touches one page.
            if let bodyOnly, pagesCurrent, dirtyItems.isEmpty, !homeDirty {
                run.check("templates") { renderItemPages(bodyOnly) }
                run.check("links") { checkOutput(only: bodyOnly) }
            } else {
                if kind == .content || !pagesCurrent {
                    run.check("templates") { renderPages(all: !pagesCurrent && pages.isEmpty) }
                }
                run.check("links") { checkOutput() }
            }
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let cssOnly = kind == .staticFile && paths.allSatisfy { $0.hasSuffix(".css") }
        return RebuildSummary(
            changed: paths, kind: kind, bodiesRendered: kind == .everything ? bodyRenders : bodyRenders - bodiesBefore,
            pagesRendered: kind == .content || kind == .everything ? pagesRendered : 0,
            duration: clock.now - start, errors: errors, cssOnly: cssOnly, timings: run.timings)
    }

    /// Re-reads the changed content files, relinks, and renders again the
    /// bodies that changed or that link to a file whose page changed.
    /// Sets `bodyOnly` to the changed items' ids when no front matter changed:
    /// then the graph, every list and every other page stay as they are.
    private mutating func updateContent(
        _ paths: [String], _ config: SiteConfig, bodyOnly: inout Set<String>?
    ) -> [Diagnostic] {
        let loader = ContentLoader(fileSystem: fileSystem, config: config, jobs: options.jobs)
        var frontMatterChanged: Set<String> = []
        var bodyChanged: Set<String> = []
        var homeChanged = false
        for path in Set(paths).sorted() {
            let exists = fileSystem.fileExists(path)
            skipped[path] = exists ? loader.skippedFileWarning(path) : nil
            if path == ContentLoader.homeFile {
                home = exists ? loader.loadHome() : ("", 1, [])
                homeChanged = true
                continue
            }
            guard ContentLoader.isItemFile(path) else { continue }
            let old = loaded[path]
            let new = exists ? loader.load(file: path) : nil
            loaded[path] = new.map { (item: $0.0, diagnostics: $0.1) }
            if let before = old?.item, let after = new?.0, before.frontMatterHash == after.frontMatterHash,
                before.id == after.id, old?.diagnostics == new?.1
            {
                bodyChanged.insert(after.id)
            } else {
                frontMatterChanged.insert(path)
                dirtyItems.formUnion([old?.item?.id, new?.0?.id].compactMap { $0 })
            }
        }
        if frontMatterChanged.isEmpty, !homeChanged {
            bodyOnly = bodyChanged
            return renderBodies(only: bodyChanged, home: false)
        }
        _ = link(config)
        var ids = bodyChanged.union(frontMatterChanged.compactMap { loaded[$0]?.item?.id })
        if !frontMatterChanged.isEmpty {
            ids.formUnion(bodies.filter { !$0.value.linkedFiles.isDisjoint(with: frontMatterChanged) }.map(\.key))
        }
        ids.formUnion((graph?.items ?? []).map(\.id).filter { bodies[$0] == nil })
        let homeLinks = homeBody?.linkedFiles ?? []
        return renderBodies(only: ids, home: homeChanged || !homeLinks.isDisjoint(with: frontMatterChanged))
    }
}
