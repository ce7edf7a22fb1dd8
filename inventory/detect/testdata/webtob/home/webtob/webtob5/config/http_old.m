*NODE
was01node PORT = "9999"
*REVERSE_PROXY
old ServerAddress = "10.0.0.99:8080"
