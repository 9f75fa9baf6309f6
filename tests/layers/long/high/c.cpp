int a;
int a;
int a;
int a;
int a;
int a;
