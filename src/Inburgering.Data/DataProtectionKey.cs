namespace Inburgering.Data;

/// <summary>One ASP.NET Core data protection key (cookies, antiforgery and reset tokens are protected with these).</summary>
public sealed class DataProtectionKey
{
    public Guid Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = string.Empty;
}
