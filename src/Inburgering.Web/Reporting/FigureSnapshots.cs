using System.Collections.Concurrent;
using Inburgering.Domain.Organisation;

namespace Inburgering.Web.Reporting;

/// <summary>Figures as they were counted at <see cref="TakenAtUtc"/>; the page shows that moment.</summary>
public sealed record FigureSnapshot<T>(T Value, DateTime TakenAtUtc);

/// <summary>
/// The coordinator's figures (team overview, reports) counted once and then served from memory (ADR 0006), so a page
/// costs the same at 100,000 newcomers as at 1,000. A snapshot is counted again when a save in this instance changed
/// a dossier or trajectory of its agency, or when it is older than <c>Reporting:SnapshotSeconds</c> (default 60; other
/// instances' writes show up by then). Concurrent readers of a missing snapshot wait for one count, not one each. A
/// snapshot that is only too old stays readable while one reader counts it again: the others get the last figures
/// with their time at once, so a count that takes longer than the age (100,000 newcomers, all networks) does not
/// make every reader wait. After a write nobody gets the old figures: a coordinator sees their own change.
/// </summary>
public sealed class FigureSnapshots(TimeProvider time, IConfiguration configuration)
{
    /// <summary>Filters are free to vary (periods, regions): beyond this many snapshots the least recently read go.</summary>
    public const int Capacity = 512;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly long[] _versions = new long[Enum.GetValues<Agency>().Length];
    private readonly ConcurrentDictionary<string, long> _municipalityVersions = new(StringComparer.OrdinalIgnoreCase);
    private readonly long[] _unusualReadingVersions = new long[Enum.GetValues<Agency>().Length];
    private long _allVersion;
    private long _allMunicipalitiesVersion;

    private TimeSpan MaxAge { get; } = TimeSpan.FromSeconds(configuration.GetValue("Reporting:SnapshotSeconds", 60));

    /// <summary>
    /// The snapshot for <paramref name="key"/>, counted by <paramref name="count"/> when missing, outdated by a write to
    /// <paramref name="agency"/> (null: any agency) or too old. The count runs without the caller's cancellation so a
    /// reader who leaves does not fail the others waiting for it.
    /// </summary>
    public Task<FigureSnapshot<T>> GetAsync<T>(string key, Agency? agency, Func<CancellationToken, Task<T>> count, CancellationToken cancellationToken) =>
        GetAsync($"{typeof(T).FullName}|{key}", () => (VersionOf(agency), 0), count, cancellationToken);

    /// <summary>
    /// The snapshot of one municipality's figures (the local government's dashboard, ADR 0008): counted again after a
    /// save that changed a dossier, trajectory, referral or offer of that municipality, or when it is too old.
    /// </summary>
    public Task<FigureSnapshot<T>> GetForMunicipalityAsync<T>(string key, string municipality, Func<CancellationToken, Task<T>> count, CancellationToken cancellationToken) =>
        GetAsync($"{typeof(T).FullName}|municipality|{municipality}|{key}", () => (Interlocked.Read(ref _allMunicipalitiesVersion), _municipalityVersions.GetValueOrDefault(municipality)), count, cancellationToken);

    /// <summary>
    /// The snapshot of an agency's unusual reading (the team overview's list, ADR 0010): counted again after this
    /// instance recorded an unusual read by the agency's staff (<see cref="UnusualReadingRecorded"/>), or when it is too old.
    /// </summary>
    public Task<FigureSnapshot<T>> GetUnusualReadingAsync<T>(Agency agency, Func<CancellationToken, Task<T>> count, CancellationToken cancellationToken) =>
        GetAsync($"{typeof(T).FullName}|unusual|{agency}", () => (Interlocked.Read(ref _unusualReadingVersions[(int)agency]), 0), count, cancellationToken);

    private async Task<FigureSnapshot<T>> GetAsync<T>(string fullKey, Func<(long, long)> versionOf, Func<CancellationToken, Task<T>> count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(count);
        var now = time.GetUtcNow().UtcDateTime;
        while (true)
        {
            var version = versionOf();
            FigureSnapshot<object>? last = null;
            if (_entries.TryGetValue(fullKey, out var entry) && entry.Version == version)
            {
                entry.LastReadUtc = now;
                var figures = entry.Figures;
                if (!figures.IsCompleted && entry.Last is { } stale)
                {
                    // Someone is counting an expired snapshot again: the last figures, with their own time.
                    return new FigureSnapshot<T>((T)stale.Value, stale.TakenAtUtc);
                }

                if (!figures.IsCompleted || (figures.IsCompletedSuccessfully && now - entry.CompletedUtc <= MaxAge))
                {
                    var value = await figures.WaitAsync(cancellationToken);
                    return new FigureSnapshot<T>((T)value, entry.StartedUtc);
                }

                // Too old (counted from the end of its count, so a count longer than the age is read before the next)
                // or failed: this reader counts again; the last good figures stay readable meanwhile.
                last = figures.IsCompletedSuccessfully ? new FigureSnapshot<object>(figures.Result, entry.StartedUtc) : entry.Last;
            }

            var fresh = new Entry(version, now, last, time, async ct => (await count(ct))!);
            var stored = entry is null ? _entries.TryAdd(fullKey, fresh) : _entries.TryUpdate(fullKey, fresh, entry);
            if (!stored)
            {
                // Another reader stored a count first: use that one.
                continue;
            }

            Trim();

            // The count uses this request's database context: wait for it to end even when this reader leaves.
            var counted = await fresh.Figures;
            return new FigureSnapshot<T>((T)counted, now);
        }
    }

    /// <summary>Called after a save that changed dossiers or trajectories of these agencies.</summary>
    public void Changed(IEnumerable<Agency> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        foreach (var agency in agencies)
        {
            Interlocked.Increment(ref _versions[(int)agency]);
        }

        Interlocked.Increment(ref _allVersion);
    }

    /// <summary>
    /// Called after a save that changed dossiers, trajectories, referrals or offers of these municipalities; null
    /// when a save changed something whose municipality is not known (every municipality counts again).
    /// </summary>
    public void ChangedMunicipalities(IEnumerable<string>? municipalities)
    {
        if (municipalities is null)
        {
            Interlocked.Increment(ref _allMunicipalitiesVersion);
            return;
        }

        foreach (var municipality in municipalities)
        {
            _municipalityVersions.AddOrUpdate(municipality, 1, (_, version) => version + 1);
        }
    }

    /// <summary>Called after a read by this agency's staff was recorded as unusual.</summary>
    public void UnusualReadingRecorded(Agency agency) => Interlocked.Increment(ref _unusualReadingVersions[(int)agency]);

    private long VersionOf(Agency? agency) => agency is { } one ? Interlocked.Read(ref _versions[(int)one]) : Interlocked.Read(ref _allVersion);

    private void Trim()
    {
        var over = _entries.Count - Capacity;
        if (over <= 0)
        {
            return;
        }

        foreach (var old in _entries.OrderBy(e => e.Value.LastReadUtc).Take(over).ToList())
        {
            _entries.TryRemove(old);
        }
    }

    private sealed class Entry
    {
        private readonly Lazy<Task<object>> _figures;

        public Entry((long, long) version, DateTime startedUtc, FigureSnapshot<object>? last, TimeProvider time, Func<CancellationToken, Task<object>> count)
        {
            Version = version;
            StartedUtc = startedUtc;
            LastReadUtc = startedUtc;
            Last = last;
            // Started on its own thread: Microsoft.Data.Sqlite runs "async" commands synchronously, so a count started
            // inside the Lazy held its lock until it ended, and every reader asking for the figures meanwhile waited
            // there (a thread each) instead of taking the last figures: p99 780 ms at 32 concurrent readers.
            _figures = new Lazy<Task<object>>(() => Task.Run(async () =>
            {
                var figures = await count(CancellationToken.None);
                CompletedUtc = time.GetUtcNow().UtcDateTime;
                return figures;
            }));
        }

        public (long, long) Version { get; }

        /// <summary>When the count started: a write after this moment is not in it.</summary>
        public DateTime StartedUtc { get; }

        /// <summary>When the count ended: the age that makes it count again runs from here.</summary>
        public DateTime CompletedUtc { get; private set; }

        /// <summary>The figures this count replaces (same version, only older): served while it runs.</summary>
        public FigureSnapshot<object>? Last { get; }

        public Task<object> Figures => _figures.Value;

        public DateTime LastReadUtc { get; set; }
    }
}
