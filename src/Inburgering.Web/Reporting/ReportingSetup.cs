namespace Inburgering.Web.Reporting;

public static class ReportingSetup
{
    /// <summary>The snapshot store for coordinator figures and the save hook that keeps it current (ADR 0006).</summary>
    public static IServiceCollection AddFigureSnapshots(this IServiceCollection services)
    {
        services.AddSingleton<FigureSnapshots>();
        services.AddSingleton<FigureChanges>();
        services.ConfigureDbContext<AppDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<FigureChanges>()));
        return services;
    }
}
