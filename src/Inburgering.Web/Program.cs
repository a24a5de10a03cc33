using Inburgering.Web;
using Inburgering.Web.Data;

try
{
    var app = PortalApp.Build(args);
    if (MigrateCommand.IsRequested(args))
    {
        return await MigrateCommand.RunAsync(app.Services);
    }

    if (BackupCommand.TryParse(args, out var backupFile))
    {
        return await BackupCommand.RunAsync(app.Services, backupFile);
    }

    if (VolumeCommand.TryParse(args, out var count))
    {
        return await VolumeCommand.RunAsync(app.Services, count);
    }

    await app.RunAsync();
    return 0;
}
catch (StartupException ex)
{
    // One line that says what to fix, not a stack trace.
    await Console.Error.WriteLineAsync($"Inburgering cannot start: {ex.Message}");
    return 1;
}

public partial class Program;
