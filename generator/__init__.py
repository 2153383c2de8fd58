"""vanban: kế hoạch và hướng dẫn của tổ chức Công đoàn, đúng thể thức Nghị định 30/2020/NĐ-CP."""

__version__ = "0.1.0"
