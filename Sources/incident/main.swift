print("incident")
