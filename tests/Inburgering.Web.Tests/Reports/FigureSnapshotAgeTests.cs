using Inburgering.Domain.Organisation;
using Inburgering.Tests.Shared;
using Inburgering.Web.Reporting;
using Microsoft.Extensions.Configuration;

namespace Inburgering.Web.Tests.Reports;

/// <summary>
/// A coordinator's figures while they are counted again (ADR 0006): when a snapshot is only too old, one reader counts
/// and everyone else gets the last figures with their own time at once; after a write nobody gets the old figures.
/// </summary>
public sealed class FigureSnapshotAgeTests
{
    private readonly ShiftableTime _time = new();
    private readonly FigureSnapshots _snapshots;

    public FigureSnapshotAgeTests() =>
        _snapshots = new FigureSnapshots(_time, new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Reporting:SnapshotSeconds"] = "60" }).Build());

    [Fact]
    public async Task ExpiredSnapshot_OneReaderCounts_OthersGetTheLastFiguresWithTheirTime()
    {
        var first = await Read(_ => Task.FromResult(1));
        _time.Offset = TimeSpan.FromSeconds(61);

        var recount = new TaskCompletionSource<int>();
        var counting = Read(_ => recount.Task);
        Assert.False(counting.IsCompleted);

        var meanwhile = await Read(_ => throw new InvalidOperationException("a second count while one runs"));
        Assert.Equal(1, meanwhile.Value);
        Assert.Equal(first.TakenAtUtc, meanwhile.TakenAtUtc);

        recount.SetResult(2);
        var counted = await counting;
        Assert.Equal(2, counted.Value);
        Assert.True(counted.TakenAtUtc > first.TakenAtUtc);
        Assert.Equal(2, (await Read(_ => Task.FromResult(3))).Value);
    }

    [Fact]
    public async Task ExpiredSnapshot_CountThatBlocksItsThread_DoesNotHoldUpTheOthers()
    {
        // Microsoft.Data.Sqlite runs its "async" commands synchronously: a count blocks its thread until it ends.
        await Read(_ => Task.FromResult(1));
        _time.Offset = TimeSpan.FromSeconds(61);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var release = new ManualResetEventSlim();
        try
        {
            var counting = Task.Run(() => Read(token =>
            {
                started.SetResult();
                release.Wait(TimeSpan.FromSeconds(30), token);
                return Task.FromResult(2);
            }));
            await started.Task.WaitAsync(TimeSpan.FromSeconds(10));

            var meanwhile = Task.Run(() => Read(_ => throw new InvalidOperationException("a second count while one runs")));
            Assert.Same(meanwhile, await Task.WhenAny(meanwhile, Task.Delay(TimeSpan.FromSeconds(5))));
            Assert.Equal(1, (await meanwhile).Value);

            release.Set();
            Assert.Equal(2, (await counting).Value);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task AfterAWrite_ReadersWaitForTheNewCount()
    {
        await Read(_ => Task.FromResult(1));
        _snapshots.Changed([Agency.AgII]);

        var recount = new TaskCompletionSource<int>();
        var counting = Read(_ => recount.Task);
        var waiting = Read(_ => Task.FromResult(99));
        Assert.False(waiting.IsCompleted);

        recount.SetResult(2);
        Assert.Equal(2, (await counting).Value);
        Assert.Equal(2, (await waiting).Value);
    }

    [Fact]
    public async Task CountLongerThanTheAge_IsServedAfterwardsInsteadOfCountedAgainAtOnce()
    {
        await Read(_ => Task.FromResult(1));
        _time.Offset = TimeSpan.FromSeconds(61);

        var recount = new TaskCompletionSource<int>();
        var counting = Read(_ => recount.Task);
        _time.Offset = TimeSpan.FromSeconds(61 + 90);
        recount.SetResult(2);
        await counting;

        Assert.Equal(2, (await Read(_ => Task.FromResult(3))).Value);
        _time.Offset = TimeSpan.FromSeconds(61 + 90 + 61);
        Assert.Equal(3, (await Read(_ => Task.FromResult(3))).Value);
    }

    [Fact]
    public async Task FailedCount_NextReaderCountsAgain()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Read(_ => throw new InvalidOperationException("database gone")));
        Assert.Equal(4, (await Read(_ => Task.FromResult(4))).Value);
    }

    private Task<FigureSnapshot<int>> Read(Func<CancellationToken, Task<int>> count) =>
        _snapshots.GetAsync("team", Agency.AgII, count, CancellationToken.None);
}
