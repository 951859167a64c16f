import Hummingbird

extension LiveReload {
    /// What an open event stream writes next.
    private enum Message: Sendable {
        case reload(LiveSite.Event)
        case ping

        var text: String {
            switch self {
            case .reload(let event): LiveReload.message(for: event)
            case .ping: LiveReload.pingMessage
            }
        }
    }

    /// The response to `GET /__slimmer/events`: a Server-Sent Events stream.
    ///
    /// It subscribes to the site before it writes anything, so a client that has
    /// read the first message hears every later rebuild. The stream ends when the
    /// client goes away (its connection's input closes), when the site ends all
    /// subscriptions (``LiveSite/closeAll()``, at shutdown), or when the server's
    /// task is cancelled.
    static func eventStream(site: LiveSite, request: Request, pingInterval: Duration) -> Response {
        let body = ResponseBody { writer in
            let events = await site.subscribe()
            try await writer.write(ByteBuffer(string: retryMessage))
            try await request.body.consumeWithCancellationOnInboundClose { _ in
                let (messages, continuation) = AsyncStream<Message>.makeStream()
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for await event in events { continuation.yield(.reload(event)) }
                        continuation.finish()
                    }
                    group.addTask {
                        while true {
                            try await Task.sleep(for: pingInterval)
                            continuation.yield(.ping)
                        }
                    }
                    for await message in messages {
                        try await writer.write(ByteBuffer(string: message.text))
                    }
                    group.cancelAll()
                }
            }
            try await writer.finish(nil)
        }
        var headers = PreviewServer.commonHeaders
        headers[.contentType] = ContentType.eventStream
        return Response(status: .ok, headers: headers, body: body)
    }
}
