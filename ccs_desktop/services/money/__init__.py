"""Money: promises to pay and their schedules, payments and allocation, the promise calendar, remittance statements."""
