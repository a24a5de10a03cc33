using Inburgering.Web.Localization;
using Microsoft.Extensions.Options;

namespace Inburgering.Web.Privacy;

/// <summary>
/// Runs <see cref="RetentionJob"/> daily: every <see cref="RetentionOptions.CheckEvery"/> each instance looks whether it
/// is past <see cref="RetentionOptions.RunAt"/> (Brussels) and the job asks the database whether today's run is
/// still to do. A missed night (all instances down) is made up on the next check. The clock is a
/// <see cref="TimeProvider"/>, so tests move it.
/// </summary>
public sealed class RetentionService(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(time.GetUtcNow().UtcDateTime, Format.Brussels);
            if (TimeOnly.FromDateTime(local) >= settings.RunAt)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Retention run failed; the next check tries again");
                }
            }

            try
            {
                await Task.Delay(settings.CheckEvery, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
