/// Live reload: the script every preview page gets, and the messages of the
/// Server-Sent Events stream it listens to.
enum LiveReload {
    /// The path of the event stream.
    static let eventsPath = "/__slimmer/events"

    /// The event stream's path as ``RequestPath`` segments.
    static let eventsSegments = ["__slimmer", "events"]

    /// How long an idle event stream waits before it sends a comment, so that
    /// proxies keep it open and a vanished client is noticed.
    static let defaultPingInterval = Duration.seconds(15)

    /// The first message of every stream: reconnect one second after a drop.
    static let retryMessage = "retry: 1000\n\n"

    /// A comment line that keeps the stream alive; browsers ignore it.
    static let pingMessage = ": ping\n\n"

    /// The `reload` message for a rebuild: `event: reload` and its JSON.
    static func message(for event: LiveSite.Event) -> String {
        let data = "{\"version\":\(event.version),\"cssOnly\":\(event.cssOnly),\"hasErrors\":\(event.hasErrors)}"
        return "event: reload\ndata: \(data)\n\n"
    }

    /// The script injected into every HTML page.
    ///
    /// It opens an `EventSource` to ``eventsPath``. A css-only rebuild (without
    /// errors, and without an overlay on the page) gives each stylesheet link a
    /// new query so the browser fetches it again; any other rebuild reloads the
    /// page. After the connection dropped (the server restarted), the first
    /// successful reconnect reloads the page once. Browsers without
    /// `EventSource` or JavaScript are left alone.
    static let script =
        "<script data-slimmer=\"live-reload\">(()=>{if(!window.EventSource)return;let s,f=0;"
        + "const o=()=>{s=new EventSource(\"\(eventsPath)\");"
        + "s.onopen=()=>{if(f)location.reload()};"
        + "s.onerror=()=>{f=1;if(s.readyState==2){s.close();setTimeout(o,1e3)}};"
        + "s.addEventListener(\"reload\",e=>{const d=JSON.parse(e.data);"
        + "if(d.cssOnly&&!d.hasErrors&&!document.getElementById(\"\(ErrorOverlay.elementID)\")){"
        + "for(const l of document.querySelectorAll('link[rel~=\"stylesheet\"]')){"
        + "const u=new URL(l.href);u.searchParams.set(\"slimmer\",d.version);l.href=u.href}"
        + "}else location.reload()})};o()})()</script>"
}
