using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inburgering.Tests.Shared;

/// <summary>Counts every SQL command EF Core executes (reads and writes) and keeps their text since the last reset.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private ConcurrentQueue<string> _texts = new();

    public int Count => _texts.Count;

    public IReadOnlyCollection<string> Texts => [.. _texts];

    public void Reset() => Interlocked.Exchange(ref _texts, new ConcurrentQueue<string>());

    /// <summary>
    /// The commands that number the rows of a whole table to pick one per dossier: how EF Core translates a row (not a
    /// scalar) taken with <c>FirstOrDefault</c> inside a projection on SQLite, which has no lateral join. At 100,000
    /// newcomers such a command reads every row of that table for one dossier.
    /// </summary>
    public IReadOnlyList<string> NumberingWholeTables() =>
        [.. Texts.Where(t => t.Contains("ROW_NUMBER() OVER(PARTITION BY", StringComparison.Ordinal))];

    private void Record(DbCommand command) => _texts.Enqueue(command.CommandText);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}
