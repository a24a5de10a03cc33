using FluentValidation;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Inburgering.Web.Infrastructure;

public static class Validation
{
    /// <summary>
    /// The write pipeline every form goes through: the dossier resolved through the access rules, then the input
    /// validated, then the handler saving through <see cref="FormWriter"/>.
    /// </summary>
    public static IServiceCollection AddFormPipeline(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining<SharedResource>();
        services.AddScoped<FormWriter>();
        services.AddScoped<AccessRecorder>();
        services.Configure<MvcOptions>(options =>
        {
            // A dossier the user may not see answers 404 before its form is validated; validation runs after the
            // other page filters (e.g. the checkbox repair), as it may show the form again without the handler.
            options.Filters.Add<DossierFilter>(order: 0);
            options.Filters.Add<ValidationFilter>(order: 1);
        });
        return services;
    }
}
