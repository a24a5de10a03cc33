namespace Inburgering.Data;

/// <summary>A setting or resource the portal cannot start without; its message says what to fix.</summary>
public sealed class StartupException : Exception
{
    public StartupException()
    {
    }

    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
