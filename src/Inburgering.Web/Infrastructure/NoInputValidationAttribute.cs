namespace Inburgering.Web.Infrastructure;

/// <summary>
/// The handler reads only part of the posted form and checks that part itself (e.g. completing an action reads
/// the outcome only), so <see cref="ValidationFilter"/> must not refuse it over fields it ignores.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NoInputValidationAttribute : Attribute;
