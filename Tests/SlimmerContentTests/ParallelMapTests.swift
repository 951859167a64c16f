import Synchronization
import Testing

@testable import SlimmerContent

/// Work on every core with results in input order, whatever finishes first.
@Suite struct ParallelMapTests {
    /// Uneven work (some inputs take far longer) and batches handed out as
    /// threads free up: the output is still the inputs' order.
    @Test(arguments: [1, 2, 3, 8])
    func resultsComeInInputOrder(jobs: Int) {
        let inputs = Array(0..<5_000)
        let results = ParallelMap.map(inputs, jobs: jobs) { value -> String in
            var spin = 0
            for step in 0..<(value % 97 == 0 ? 20_000 : 10) { spin &+= step }
            return "\(value)-\(spin > 0)"
        }
        #expect(results == inputs.map { "\($0)-true" })
    }

    @Test func everyInputIsTransformedOnce() {
        let calls = Atomic<Int>(0)
        let results = ParallelMap.map(Array(0..<1_000), jobs: 4) { value -> Int in
            calls.wrappingAdd(1, ordering: .relaxed)
            return value * 2
        }
        let count = calls.load(ordering: .relaxed)
        #expect(count == 1_000)
        #expect(results == (0..<1_000).map { $0 * 2 })
        #expect(ParallelMap.map([Int](), jobs: 4) { $0 }.isEmpty)
        #expect(ParallelMap.map([7], jobs: 4) { $0 + 1 } == [8])
    }

    /// Guided shares: they cover every input once, in order, shrink as the
    /// inputs run out, and end in single inputs, so that the last thread to
    /// finish holds up the others by one input at most.
    @Test(arguments: [(512, 2), (10_000, 2), (7, 3), (1_000, 8)])
    func sharesShrinkToSingleInputs(count: Int, threads: Int) {
        let next = Atomic<Int>(0)
        var shares: [Range<Int>] = []
        while let share = ParallelMap.take(from: next, count: count, threads: threads) { shares.append(share) }
        #expect(shares.first?.lowerBound == 0)
        #expect(shares.last?.upperBound == count)
        #expect(zip(shares, shares.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(zip(shares, shares.dropFirst()).allSatisfy { $0.count >= $1.count })
        #expect(shares.suffix(threads).allSatisfy { $0.count == 1 })
        #expect(shares.first?.count == max(1, count / (threads * 2)))
    }

    @Test func aPendingValueArrives() {
        let pending = Pending(jobs: 2) { (1...100).reduce(0, +) }
        #expect(pending.value == 5_050)
        // Read twice: the value stays.
        #expect(pending.value == 5_050)
    }

    /// A one-core build runs the work at once, on the caller's thread.
    @Test func withOneJobTheWorkIsDoneBeforeTheValueIsAsked() {
        let done = Atomic<Bool>(false)
        let pending = Pending(jobs: 1) {
            done.store(true, ordering: .relaxed)
            return 1
        }
        let ranAtOnce = done.load(ordering: .relaxed)
        #expect(ranAtOnce)
        #expect(pending.value == 1)
    }
}
